// Package xerr is a go-zero style error package: most constructors fix // want package:"constructs"
// the code.
package xerr

// CodeError is an error with a business code.
type CodeError struct {
	Code uint32
	Msg  string
}

func (e *CodeError) Error() string { return e.Msg }

// NewErrMsg always builds the generic code 100001 (config fixed-code).
func NewErrMsg(msg string) *CodeError { return &CodeError{100001, msg} }

// NewErrStatus fixes the code; the status is its argument.
func NewErrStatus(status int, msg string) *CodeError { return &CodeError{100001, msg} }

// NewErrCodeMsg takes the code (config).
func NewErrCodeMsg(code uint32, msg string) *CodeError { return &CodeError{code, msg} }

// NotFound fixes both, by directive.
//
//errcodecheck:constructor code=100004 status=404 message=msg
func NotFound(msg string) *CodeError { return &CodeError{100004, msg} } // want NotFound:"constructor\\(status=404 code=100004 message=arg0\\)"

// Expired fixes a code whose status is 401, but says 400: every call is
// wrong, and says so.
//
//errcodecheck:constructor code=100002 status=400
func Expired() *CodeError { return &CodeError{Code: 100002} } // want Expired:"constructor\\(status=400 code=100002\\)"

// ErrParam is a code symbol built with the fixed code.
var ErrParam = NewErrMsg("请求参数错误") // want ErrParam:"code\\(100001\\)"

// ParamError literals always carry 100001 (config fixed-code on a type).
type ParamError struct {
	Status int
	Msg    string
}
