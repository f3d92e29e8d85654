package blockcomment /* the import must not land in this comment,
which goes on below the package clause. // want package:"constructs" */

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40400003, "") // want `status 400 does not match error code 40400003 \(registered with 404\)`
}
