package org.govsite.iam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govsite.unit.UnitId;
import org.jspecify.annotations.Nullable;

/** What an administrator enters to create an account. */
public record UserForm(
		@NotBlank(message = "请填写用户名") @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_.-]{2,49}$", message = "用户名应以字母开头，由 3 至 50 位字母、数字、下划线、点或连字符组成") @Nullable String username,
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字符") @Nullable String displayName,
		@NotNull(message = "请选择所属单位") @Nullable UnitId unitId,
		@Pattern(regexp = "^$|^1[3-9]\\d{9}$|^[0-9\\-]{7,20}$", message = "电话号码格式不正确") @Nullable String phone,
		@Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "电子邮箱格式不正确") @Nullable String email,
		@NotBlank(message = "请设置初始密码") @Nullable String password) {

	public static UserForm empty() {
		return new UserForm(null, null, null, null, null, null);
	}
}
