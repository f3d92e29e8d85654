package statusmismatch // want package:"constructs"

// Package statusmismatch holds the cases of the status-mismatch check.

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40100002, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(401, 40100002, "")
	_ = NewError(400, 40100099, "") // want `status 400 does not match error code 40100099 \(prefix 401\)`

	// An unknown code with the right prefix: unknown-code's business.
	_ = NewError(401, 40100020, "")

	// An ignore of another check leaves this one's finding.
	_ = NewError(400, 40100003, "") //errcodecheck:ignore unknown-code not this one // want `status 400 does not match error code 40100003`
	_ = NewError(400, 40100004, "") //errcodecheck:ignore status-mismatch,unknown-code legacy clients expect 400

	// A misspelt check silences nothing (the directive check reports it).
	_ = NewError(400, 40100005, "") //errcodecheck:ignore status-mismach legacy clients // want `status 400 does not match error code 40100005`
}
