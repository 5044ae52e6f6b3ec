package org.govsite.interaction;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the interaction platform ({@code govsite.interaction.*}); the defaults follow Measures Art. 13. */
@ConfigurationProperties("govsite.interaction")
class InteractionProperties {

	/** Time limit per category in working days; a category not listed keeps its default. */
	private Map<MessageCategory, Integer> deadlines = new EnumMap<>(MessageCategory.class);
	/** Hard cap: calendar months from receipt within which every message is answered (national single-veto item). */
	private int capMonths = 3;
	/** Submissions allowed per source IP address and hour. */
	private int submissionsPerIpPerHour = 30;
	/** Submissions allowed per mobile number and day. */
	private int submissionsPerMobilePerDay = 10;
	/** Status look-ups allowed per source IP address and hour. */
	private int statusLookupsPerIpPerHour = 60;
	/** Zero bits of the captcha's proof of work ({@link CaptchaWork}); 16 costs a phone well under a second; 0 = off. */
	private int captchaWorkBits = 16;
	/** Captcha questions one address may fetch per hour (each form page shows one). */
	private int challengesPerIpPerHour = 300;
	/** The same content from the same mobile number within this window is refused as a duplicate. */
	private Duration duplicateWindow = Duration.ofMinutes(10);
	/** How long a captcha question may be answered. */
	private Duration captchaLifetime = Duration.ofMinutes(30);
	/** HMAC key of the captcha; when blank, a key is generated once and kept in the database for all nodes. */
	private @Nullable String captchaSecret;
	/** How often the deadline watch runs. */
	private Duration watchInterval = Duration.ofMinutes(15);
	/** When set, every notification is also posted as JSON to this URL. */
	private @Nullable String webhookUrl;

	int workingDays(MessageCategory category) {
		var configured = deadlines.get(category);
		return configured == null ? category.defaultWorkingDays() : configured;
	}

	public Map<MessageCategory, Integer> getDeadlines() {
		return deadlines;
	}

	public void setDeadlines(Map<MessageCategory, Integer> deadlines) {
		this.deadlines = new EnumMap<>(deadlines);
	}

	public int getCapMonths() {
		return capMonths;
	}

	public void setCapMonths(int capMonths) {
		this.capMonths = capMonths;
	}

	public int getSubmissionsPerIpPerHour() {
		return submissionsPerIpPerHour;
	}

	public void setSubmissionsPerIpPerHour(int value) {
		this.submissionsPerIpPerHour = value;
	}

	public int getSubmissionsPerMobilePerDay() {
		return submissionsPerMobilePerDay;
	}

	public void setSubmissionsPerMobilePerDay(int value) {
		this.submissionsPerMobilePerDay = value;
	}

	public int getCaptchaWorkBits() {
		return captchaWorkBits;
	}

	public void setCaptchaWorkBits(int value) {
		this.captchaWorkBits = value;
	}

	public int getChallengesPerIpPerHour() {
		return challengesPerIpPerHour;
	}

	public void setChallengesPerIpPerHour(int value) {
		this.challengesPerIpPerHour = value;
	}

	public int getStatusLookupsPerIpPerHour() {
		return statusLookupsPerIpPerHour;
	}

	public void setStatusLookupsPerIpPerHour(int value) {
		this.statusLookupsPerIpPerHour = value;
	}

	public Duration getDuplicateWindow() {
		return duplicateWindow;
	}

	public void setDuplicateWindow(Duration duplicateWindow) {
		this.duplicateWindow = duplicateWindow;
	}

	public Duration getCaptchaLifetime() {
		return captchaLifetime;
	}

	public void setCaptchaLifetime(Duration captchaLifetime) {
		this.captchaLifetime = captchaLifetime;
	}

	public @Nullable String getCaptchaSecret() {
		return captchaSecret;
	}

	public void setCaptchaSecret(@Nullable String captchaSecret) {
		this.captchaSecret = captchaSecret;
	}

	public Duration getWatchInterval() {
		return watchInterval;
	}

	public void setWatchInterval(Duration watchInterval) {
		this.watchInterval = watchInterval;
	}



	public @Nullable String getWebhookUrl() {
		return webhookUrl;
	}

	public void setWebhookUrl(@Nullable String webhookUrl) {
		this.webhookUrl = webhookUrl;
	}
}
