package unknowncode // want package:"constructs"

// Package unknowncode holds the cases of the unknown-code check.

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(401, 40100020, "token expired") // want `error code 40100020 is not registered in the catalog; did you mean 40100002`
	_ = NewError(401, 40100002, "")              // registered

	// Another check's finding: not reported when only unknown-code runs.
	_ = NewError(400, 40100002, "")

	//errcodecheck:ignore unknown-code migrated in v3
	_ = NewError(500, 50000099, "")
}
