package org.govsite.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/**
 * The decision letter (政府信息公开申请答复告知书, Art. 36) as a DOCX document: addressee, the request and its day of
 * receipt, the outcome with its ground, the answer, the remedy (reconsideration within 60 days, lawsuit within 6
 * months) and the body with the date.
 */
@Component
class DecisionLetters {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	record Letter(String fileName, byte[] content) {
	}

	Letter write(StoredRequest r, String body, String bodyName, LocalDate answeredOn) {
		var outcome = java.util.Objects.requireNonNull(r.outcome());
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			paragraph(document, "政府信息公开申请答复告知书", true, ParagraphAlignment.CENTER);
			paragraph(document, "（" + r.trackingCode() + "）", false, ParagraphAlignment.CENTER);
			paragraph(document, r.applicantName() + "：", false, ParagraphAlignment.LEFT);
			paragraph(document, "本机关于" + CHINESE_DATE.format(r.receivedOn()) + "（" + r.channel().label() + "，以"
					+ r.channel().dayOfReceipt() + "为收到申请之日）收到您提出的政府信息公开申请，申请获取：" + r.description().strip()
					+ "。", false, ParagraphAlignment.LEFT);
			paragraph(document, "经审查，答复如下：" + outcome.label() + "。", false, ParagraphAlignment.LEFT);
			if (r.ground() != null && !r.ground().isBlank()) {
				paragraph(document, (outcome == DisclosureOutcome.ALREADY_PUBLIC ? "获取方式和途径：" : "理由和依据：")
						+ r.ground().strip(), false, ParagraphAlignment.LEFT);
			}
			paragraph(document, body.strip(), false, ParagraphAlignment.LEFT);
			if (r.extensionDays() > 0) {
				paragraph(document, "本申请经政府信息公开工作机构负责人同意，答复期限延长 " + r.extensionDays() + " 个工作日。", false,
						ParagraphAlignment.LEFT);
			}
			paragraph(document, "如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。", false,
					ParagraphAlignment.LEFT);
			paragraph(document, bodyName, false, ParagraphAlignment.RIGHT);
			paragraph(document, CHINESE_DATE.format(answeredOn), false, ParagraphAlignment.RIGHT);
			document.write(out);
			return new Letter("答复告知书-" + r.trackingCode() + ".docx", out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
		var paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		var run = paragraph.createRun();
		run.setBold(bold);
		run.setFontFamily("仿宋");
		run.setFontSize(bold ? 18 : 14);
		run.setText(text);
	}
}
