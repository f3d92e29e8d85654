package directive // want package:"constructs"

// Package directive holds the cases of the directive check.
//
//errcodecheck:file-ignore unknown-code the legacy codes of this file go in v3

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40100003, "") //errcodecheck:ignore // want `errcodecheck:ignore directive needs a reason`
	_ = NewError(400, 40100002, "") //errcodecheck:ignore status-mismach legacy clients // want `errcodecheck:ignore directive names unknown check status-mismach`
	_ = NewError(401, 40100002, "") //errcodecheck:ignore status-mismatch nothing to silence // want `errcodecheck:ignore directive silences no status-mismatch finding on its line or the next`
	_ = NewError(400, 40100004, "") //errcodecheck:ignore status-mismatch legacy clients expect 400

	_ = NewError(400, 40100005, "") //errcodecheck:ignore legacy, as agreed with the mobile team
	_ = NewError(400, 40100005, "") //errcodecheck:ignore unknown-code,statusmismatch typo // want `errcodecheck:ignore directive names unknown check statusmismatch`

	_ = NewError(401, 40100099, "") // silenced by the file-ignore
}
