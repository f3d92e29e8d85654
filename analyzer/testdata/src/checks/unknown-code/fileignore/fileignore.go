package fileignore // want package:"constructs"

//errcodecheck:file-ignore the codes of this legacy file are retired in v3

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(401, 40100020, "")
	_ = NewError(500, 50000099, "")
}
