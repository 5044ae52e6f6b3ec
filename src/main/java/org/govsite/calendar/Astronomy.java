package org.govsite.calendar;

import java.time.LocalDate;

/**
 * The two astronomical events the Chinese calendar is built on, after Jean Meeus, <i>Astronomical Algorithms</i>
 * (2nd ed.): the instant of the new moon (chapter 49, with all periodic and planetary corrections) and the sun's
 * apparent ecliptic longitude (chapter 25: VSOP87 truncated as in Appendix III, FK5 correction, nutation in longitude
 * and aberration). Times are Julian Ephemeris Days (TT) unless a name says otherwise; the error against modern
 * ephemerides is well under a minute for 1950–2150, enough to place each event on the right Beijing date except in
 * the rarest cases of an event within seconds of midnight.
 */
final class Astronomy {

	/** Beijing time (UTC+8), in days, as GB/T 33661-2017 prescribes for the calendar. */
	private static final double BEIJING_OFFSET_DAYS = 8.0 / 24.0;
	private static final double SYNODIC_MONTH = 29.530588861;
	private static final double TROPICAL_YEAR = 365.242189;
	/** Julian Day of 1970-01-01T00:00 UT. */
	private static final double UNIX_EPOCH_JD = 2440587.5;

	private Astronomy() {
	}

	// ---- new moon (Meeus, chapter 49) ------------------------------------------------------------------------------

	/** The instant (JDE, TT) of the new moon of lunation {@code k}, where k = 0 is the new moon of 2000-01-06. */
	static double newMoon(long k) {
		double T = k / 1236.85;
		double T2 = T * T;
		double T3 = T2 * T;
		double T4 = T3 * T;
		double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.000000150 * T3 + 0.00000000073 * T4;
		double E = 1 - 0.002516 * T - 0.0000074 * T2;
		double M = rad(2.5534 + 29.10535670 * k - 0.0000014 * T2 - 0.00000011 * T3);
		double Mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4);
		double F = rad(160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4);
		double O = rad(124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3);
		double c = -0.40720 * Math.sin(Mp)
				+ 0.17241 * E * Math.sin(M)
				+ 0.01608 * Math.sin(2 * Mp)
				+ 0.01039 * Math.sin(2 * F)
				+ 0.00739 * E * Math.sin(Mp - M)
				- 0.00514 * E * Math.sin(Mp + M)
				+ 0.00208 * E * E * Math.sin(2 * M)
				- 0.00111 * Math.sin(Mp - 2 * F)
				- 0.00057 * Math.sin(Mp + 2 * F)
				+ 0.00056 * E * Math.sin(2 * Mp + M)
				- 0.00042 * Math.sin(3 * Mp)
				+ 0.00042 * E * Math.sin(M + 2 * F)
				+ 0.00038 * E * Math.sin(M - 2 * F)
				- 0.00024 * E * Math.sin(2 * Mp - M)
				- 0.00017 * Math.sin(O)
				- 0.00007 * Math.sin(Mp + 2 * M)
				+ 0.00004 * Math.sin(2 * Mp - 2 * F)
				+ 0.00004 * Math.sin(3 * M)
				+ 0.00003 * Math.sin(Mp + M - 2 * F)
				+ 0.00003 * Math.sin(2 * Mp + 2 * F)
				- 0.00003 * Math.sin(Mp + M + 2 * F)
				+ 0.00003 * Math.sin(Mp - M + 2 * F)
				- 0.00002 * Math.sin(Mp - M - 2 * F)
				- 0.00002 * Math.sin(3 * Mp + M)
				+ 0.00002 * Math.sin(4 * Mp);
		double[] a = {
				299.77 + 0.107408 * k - 0.009173 * T2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
				349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
				154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
				161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k };
		double[] coefficient = { 0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056,
				0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023 };
		double planetary = 0;
		for (int i = 0; i < a.length; i++) {
			planetary += coefficient[i] * Math.sin(rad(a[i]));
		}
		return jde + c + planetary;
	}

	/** The lunation number whose new moon is nearest to the given JDE. */
	static long lunationNear(double jde) {
		return Math.round((jde - 2451550.09766) / SYNODIC_MONTH);
	}

	// ---- the sun (Meeus, chapters 22 and 25, Appendix III) ---------------------------------------------------------

	/** The sun's apparent geocentric ecliptic longitude in degrees [0, 360) at the given JDE (TT). */
	static double apparentSolarLongitude(double jde) {
		double tau = (jde - 2451545.0) / 365250.0;
		double L = series(tau, VSOP87_L) / 1e8;
		double R = series(tau, VSOP87_R) / 1e8;
		double T = tau * 10;
		double theta = Math.toDegrees(L) + 180.0;
		// Conversion to the FK5 system (Meeus 25.9), longitude part only.
		theta += -0.09033 / 3600.0;
		// Nutation in longitude (Meeus chapter 22, accuracy 0.5").
		double omega = rad(125.04452 - 1934.136261 * T);
		double sunMean = rad(280.4665 + 36000.7698 * T);
		double moonMean = rad(218.3165 + 481267.8813 * T);
		double nutation = (-17.20 * Math.sin(omega) - 1.32 * Math.sin(2 * sunMean) - 0.23 * Math.sin(2 * moonMean)
				+ 0.21 * Math.sin(2 * omega)) / 3600.0;
		double aberration = -20.4898 / (3600.0 * R);
		return normalize(theta + nutation + aberration);
	}

	/**
	 * The instant (JDE, TT) at which the sun's apparent longitude reaches {@code longitude} degrees, searched in the
	 * solar year that starts at the March equinox of {@code year}: 0° falls in March of that year, 270° in December,
	 * 300° and 330° in January and February of the following year.
	 */
	static double solarLongitudeReached(int year, double longitude) {
		// Mean March equinox (Meeus 27, low accuracy) plus the mean motion of the sun.
		double y = (year - 2000) / 1000.0;
		double jde = 2451623.80984 + 365242.37404 * y + longitude / 360.0 * TROPICAL_YEAR;
		for (int i = 0; i < 20; i++) {
			double difference = normalizeSigned(longitude - apparentSolarLongitude(jde));
			jde += difference * TROPICAL_YEAR / 360.0;
			if (Math.abs(difference) < 1e-7) {
				break;
			}
		}
		return jde;
	}

	// ---- time scales -----------------------------------------------------------------------------------------------

	/**
	 * ΔT = TT − UT in seconds, from the polynomial expressions of Espenak and Meeus (NASA, 2006), which are within a
	 * few seconds for the present decades; a few seconds do not move any event of this calendar across midnight.
	 */
	static double deltaTSeconds(double decimalYear) {
		double y = decimalYear;
		if (y < 1941) {
			double t = y - 1920;
			return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
		}
		if (y < 1961) {
			double t = y - 1950;
			return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
		}
		if (y < 1986) {
			double t = y - 1975;
			return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
		}
		if (y < 2005) {
			double t = y - 2000;
			return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3) + 0.000651814 * Math.pow(t, 4)
					+ 0.00002373599 * Math.pow(t, 5);
		}
		if (y < 2050) {
			double t = y - 2000;
			return 62.92 + 0.32217 * t + 0.005589 * t * t;
		}
		if (y < 2150) {
			double u = (y - 1820) / 100;
			return -20 + 32 * u * u - 0.5628 * (2150 - y);
		}
		double u = (y - 1820) / 100;
		return -20 + 32 * u * u;
	}

	/** The civil date in Beijing (UTC+8) at the instant given as JDE (TT). */
	static LocalDate beijingDate(double jde) {
		double decimalYear = 2000 + (jde - 2451545.0) / 365.25;
		double jdUt = jde - deltaTSeconds(decimalYear) / 86400.0;
		return LocalDate.ofEpochDay((long) Math.floor(jdUt - UNIX_EPOCH_JD + BEIJING_OFFSET_DAYS));
	}

	/** The JDE (TT) of midnight UT starting the given date, for searching near a date. */
	static double jdeOf(LocalDate date) {
		return date.toEpochDay() + UNIX_EPOCH_JD;
	}

	// ---- helpers ---------------------------------------------------------------------------------------------------

	private static double series(double tau, double[][][] terms) {
		double sum = 0;
		double power = 1;
		for (double[][] group : terms) {
			double groupSum = 0;
			for (double[] term : group) {
				groupSum += term[0] * Math.cos(term[1] + term[2] * tau);
			}
			sum += groupSum * power;
			power *= tau;
		}
		return sum;
	}

	private static double rad(double degrees) {
		return Math.toRadians(degrees % 360.0);
	}

	static double normalize(double degrees) {
		double d = degrees % 360.0;
		return d < 0 ? d + 360.0 : d;
	}

	private static double normalizeSigned(double degrees) {
		double d = normalize(degrees);
		return d > 180 ? d - 360 : d;
	}

	// ---- VSOP87 (Bretagnon and Francou 1988), Earth, truncated as in Meeus Appendix III: {A, B, C} -> A cos(B + C tau)

	private static final double[][][] VSOP87_L = {
		{ { 175347046, 0, 0 }, { 3341656, 4.6692568, 6283.07585 }, { 34894, 4.6261, 12566.1517 },
			{ 3497, 2.7441, 5753.3849 }, { 3418, 2.8289, 3.5231 }, { 3136, 3.6277, 77713.7715 },
			{ 2676, 4.4181, 7860.4194 }, { 2343, 6.1352, 3930.2097 }, { 1324, 0.7425, 11506.7698 },
			{ 1273, 2.0371, 529.691 }, { 1199, 1.1096, 1577.3435 }, { 990, 5.233, 5884.927 },
			{ 902, 2.045, 26.298 }, { 857, 3.508, 398.149 }, { 780, 1.179, 5223.694 }, { 753, 2.533, 5507.553 },
			{ 505, 4.583, 18849.228 }, { 492, 4.205, 775.523 }, { 357, 2.92, 0.067 }, { 317, 5.849, 11790.629 },
			{ 284, 1.899, 796.298 }, { 271, 0.315, 10977.079 }, { 243, 0.345, 5486.778 }, { 206, 4.806, 2544.314 },
			{ 205, 1.869, 5573.143 }, { 202, 2.458, 6069.777 }, { 156, 0.833, 213.299 }, { 132, 3.411, 2942.463 },
			{ 126, 1.083, 20.775 }, { 115, 0.645, 0.98 }, { 103, 0.636, 4694.003 }, { 102, 0.976, 15720.839 },
			{ 102, 4.267, 7.114 }, { 99, 6.21, 2146.17 }, { 98, 0.68, 155.42 }, { 86, 5.98, 161000.69 },
			{ 85, 1.3, 6275.96 }, { 85, 3.67, 71430.7 }, { 80, 1.81, 17260.15 }, { 79, 3.04, 12036.46 },
			{ 75, 1.76, 5088.63 }, { 74, 3.5, 3154.69 }, { 74, 4.68, 801.82 }, { 70, 0.83, 9437.76 },
			{ 62, 3.98, 8827.39 }, { 61, 1.82, 7084.9 }, { 57, 2.78, 6286.6 }, { 56, 4.39, 14143.5 },
			{ 56, 3.47, 6279.55 }, { 52, 0.19, 12139.55 }, { 52, 1.33, 1748.02 }, { 51, 0.28, 5856.48 },
			{ 49, 0.49, 1194.45 }, { 41, 5.37, 8429.24 }, { 41, 2.4, 19651.05 }, { 39, 6.17, 10447.39 },
			{ 37, 6.04, 10213.29 }, { 37, 2.57, 1059.38 }, { 36, 1.71, 2352.87 }, { 36, 1.78, 6812.77 },
			{ 33, 0.59, 17789.85 }, { 30, 0.44, 83996.85 }, { 30, 2.74, 1349.87 }, { 25, 3.16, 4690.48 } },
		{ { 628331966747.0, 0, 0 }, { 206059, 2.678235, 6283.07585 }, { 4303, 2.6351, 12566.1517 },
			{ 425, 1.59, 3.523 }, { 119, 5.796, 26.298 }, { 109, 2.966, 1577.344 }, { 93, 2.59, 18849.23 },
			{ 72, 1.14, 529.69 }, { 68, 1.87, 398.15 }, { 67, 4.41, 5507.55 }, { 59, 2.89, 5223.69 },
			{ 56, 2.17, 155.42 }, { 45, 0.4, 796.3 }, { 36, 0.47, 775.52 }, { 29, 2.65, 7.11 }, { 21, 5.34, 0.98 },
			{ 19, 1.85, 5486.78 }, { 19, 4.97, 213.3 }, { 17, 2.99, 6275.96 }, { 16, 0.03, 2544.31 },
			{ 16, 1.43, 2146.17 }, { 15, 1.21, 10977.08 }, { 12, 2.83, 1748.02 }, { 12, 3.26, 5088.63 },
			{ 12, 5.27, 1194.45 }, { 12, 2.08, 4694.0 }, { 11, 0.77, 553.57 }, { 10, 1.3, 6286.6 },
			{ 10, 4.24, 1349.87 }, { 9, 2.7, 242.73 }, { 9, 5.64, 951.72 }, { 8, 5.3, 2352.87 },
			{ 6, 2.65, 9437.76 }, { 6, 4.67, 4690.48 } },
		{ { 52919, 0, 0 }, { 8720, 1.0721, 6283.0758 }, { 309, 0.867, 12566.152 }, { 27, 0.05, 3.52 },
			{ 16, 5.19, 26.3 }, { 16, 3.68, 155.42 }, { 10, 0.76, 18849.23 }, { 9, 2.06, 77713.77 },
			{ 7, 0.83, 775.52 }, { 5, 4.66, 1577.34 }, { 4, 1.03, 7.11 }, { 4, 3.44, 5573.14 }, { 3, 5.14, 796.3 },
			{ 3, 6.05, 5507.55 }, { 3, 1.19, 242.73 }, { 3, 6.12, 529.69 }, { 3, 0.31, 398.15 },
			{ 3, 2.28, 553.57 }, { 2, 4.38, 5223.69 }, { 2, 3.75, 0.98 } },
		{ { 289, 5.844, 6283.076 }, { 35, 0, 0 }, { 17, 5.49, 12566.15 }, { 3, 5.2, 155.42 }, { 1, 4.72, 3.52 },
			{ 1, 5.3, 18849.23 }, { 1, 5.97, 242.73 } },
		{ { 114, 3.142, 0 }, { 8, 4.13, 6283.08 }, { 1, 3.84, 12566.15 } },
		{ { 1, 3.14, 0 } } };

	private static final double[][][] VSOP87_R = {
		{ { 100013989, 0, 0 }, { 1670700, 3.0984635, 6283.07585 }, { 13956, 3.05525, 12566.1517 },
			{ 3084, 5.1985, 77713.7715 }, { 1628, 1.1739, 5753.3849 }, { 1576, 2.8469, 7860.4194 },
			{ 925, 5.453, 11506.77 }, { 542, 4.564, 3930.21 }, { 472, 3.661, 5884.927 }, { 346, 0.964, 5507.553 },
			{ 329, 5.9, 5223.694 }, { 307, 0.299, 5573.143 }, { 243, 4.273, 11790.629 }, { 212, 5.847, 1577.344 },
			{ 186, 5.022, 10977.079 }, { 175, 3.012, 18849.228 }, { 110, 5.055, 5486.778 }, { 98, 0.89, 6069.78 },
			{ 86, 5.69, 15720.84 }, { 86, 1.27, 161000.69 }, { 65, 0.27, 17260.15 }, { 63, 0.92, 529.69 },
			{ 57, 2.01, 83996.85 }, { 56, 5.24, 71430.7 }, { 49, 3.25, 2544.31 }, { 47, 2.58, 775.52 },
			{ 45, 5.54, 9437.76 }, { 43, 6.01, 6275.96 }, { 39, 5.36, 4694.0 }, { 38, 2.39, 8827.39 },
			{ 37, 0.83, 19651.05 }, { 37, 4.9, 12139.55 }, { 36, 1.67, 12036.46 }, { 35, 1.84, 2942.46 },
			{ 33, 0.24, 7084.9 }, { 32, 0.18, 5088.63 }, { 32, 1.78, 398.15 }, { 28, 1.21, 6286.6 },
			{ 28, 1.9, 6279.55 }, { 26, 4.59, 10447.39 } },
		{ { 103019, 1.10749, 6283.07585 }, { 1721, 1.0644, 12566.1517 }, { 702, 3.142, 0 },
			{ 32, 1.02, 18849.23 }, { 31, 2.84, 5507.55 }, { 25, 1.32, 5223.69 }, { 18, 1.42, 1577.34 },
			{ 10, 5.91, 10977.08 }, { 9, 1.42, 6275.96 }, { 9, 0.27, 5486.78 } },
		{ { 4359, 5.7846, 6283.0758 }, { 124, 5.579, 12566.152 }, { 12, 3.14, 0 }, { 9, 3.63, 77713.77 },
			{ 6, 1.87, 5573.14 }, { 3, 5.47, 18849.23 } },
		{ { 145, 4.273, 6283.076 }, { 7, 3.92, 12566.15 } },
		{ { 4, 2.56, 6283.08 } } };
}
