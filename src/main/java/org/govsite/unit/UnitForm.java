package org.govsite.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a user enters to create or change a unit. */
public record UnitForm(
		@NotBlank(message = "请填写单位名称") @Size(max = 200, message = "单位名称不能超过 200 个字符") @Nullable String name,
		@NotNull(message = "请选择单位类型") @Nullable UnitKind kind,
		@Nullable UnitId parentId,
		@Pattern(regexp = "^$|^\\d{6}(\\d{3}|\\d{6})?$", message = "行政区划代码应为 6、9 或 12 位数字") @Nullable String divisionCode,
		@Size(max = 50, message = "联系人不能超过 50 个字符") @Nullable String contactPerson,
		@Pattern(regexp = "^$|^[0-9+\\-() ]{5,40}$", message = "联系电话格式不正确") @Nullable String contactPhone,
		@Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "电子邮箱格式不正确") @Nullable String contactEmail,
		@Size(max = 300, message = "地址不能超过 300 个字符") @Nullable String address,
		@Size(max = 50, message = "分管负责人姓名不能超过 50 个字符") @Nullable String leaderInCharge,
		@Size(max = 100, message = "职务不能超过 100 个字符") @Nullable String leaderTitle) {

	public static UnitForm empty() {
		return new UnitForm(null, null, null, null, null, null, null, null, null, null);
	}

	public static UnitForm of(UnitView unit) {
		return new UnitForm(unit.name(), unit.kind(), unit.parentId(), unit.divisionCode(), unit.contactPerson(),
				unit.contactPhone(), unit.contactEmail(), unit.address(), unit.leaderInCharge(), unit.leaderTitle());
	}
}
