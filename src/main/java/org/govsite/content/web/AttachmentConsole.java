package org.govsite.content.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govsite.content.ArticleId;
import org.govsite.content.Attachments;
import org.govsite.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The article page's 附件 card: upload several files at once (each one kept or refused on its own, with the reason in
 * Chinese), remove, and move up or down. Every rule is the service's ({@link Attachments}); this only says what
 * happened.
 */
@Controller
@RequestMapping("/content")
class AttachmentConsole {

	private final Attachments attachments;

	AttachmentConsole(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping("/articles/{id}/attachments")
	String upload(@PathVariable ArticleId id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		var kept = new ArrayList<String>();
		var refused = new ArrayList<String>();
		for (var file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try (var in = file.getInputStream()) {
				kept.add(attachments.attach(id, file.getOriginalFilename(), in).originalName());
			}
			catch (Refusal refusal) {
				refused.add("「" + file.getOriginalFilename() + "」：" + String.join("；", refusal.reasons()));
			}
			catch (IOException e) {
				refused.add("「" + file.getOriginalFilename() + "」：上传中断，请重试");
			}
		}
		if (kept.isEmpty() && refused.isEmpty()) {
			refused.add("请选择要上传的文件");
		}
		if (!kept.isEmpty()) {
			redirect.addFlashAttribute("attachmentsDone", "已上传 " + kept.size() + " 个附件：" + String.join("、", kept));
		}
		redirect.addFlashAttribute("attachmentsRefused", refused);
		return "redirect:/content/articles/" + id.value() + "#attachments";
	}

	@PostMapping("/attachments/{id}/delete")
	String remove(@PathVariable UUID id, @RequestParam ArticleId article, RedirectAttributes redirect) {
		try {
			attachments.remove(id);
			redirect.addFlashAttribute("attachmentsDone", "已删除附件");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("attachmentsRefused", refusal.reasons());
		}
		return "redirect:/content/articles/" + article.value() + "#attachments";
	}

	@PostMapping("/attachments/{id}/move")
	String move(@PathVariable UUID id, @RequestParam ArticleId article, @RequestParam int by, RedirectAttributes redirect) {
		try {
			attachments.move(id, by);
			redirect.addFlashAttribute("attachmentsDone", "已调整附件顺序");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("attachmentsRefused", refusal.reasons());
		}
		return "redirect:/content/articles/" + article.value() + "#attachments";
	}
}
