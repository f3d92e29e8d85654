// Package errs holds code symbols of namespace user. // want package:"constructs"
package errs

func NewError(httpCode, errorCode int, msg string) error { return nil }

const (
	CodeNameTaken     = 40000001
	CodePasswordShort = 40000002
	// CodeBadCluster has a value registered in platform only: no user code
	// symbol.
	CodeBadCluster = 40000006
)

var ErrUserNotFound = NewError(400, 40000004, "用户名不存在") // want ErrUserNotFound:"code\\(40000004\\)"
