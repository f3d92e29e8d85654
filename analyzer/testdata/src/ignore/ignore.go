package ignore // want package:"constructs"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40100002, "") //errcodecheck:ignore legacy client expects 400

	//errcodecheck:ignore migrated in v2; the old code stays until then
	_ = NewError(400, 40000099, "")

	_ = NewError(400, 40000001, "") //errcodecheck:ignore nothing to silence // want `errcodecheck:ignore directive silences nothing on its line or the next`

	_ = NewError(400, 40100003, "") //errcodecheck:ignore // want `errcodecheck:ignore directive needs a reason` `status 400 does not match error code 40100003`

	//errcodecheck:ignoreme is a near miss, reported rather than taken for something else // want `directive //errcodecheck:ignoreme is not recognized \(misspelled\): write //errcodecheck:ignore`
	_ = NewError(400, 40100004, "") // want `status 400 does not match error code 40100004`
}
