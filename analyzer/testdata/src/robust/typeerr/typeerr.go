// Package typeerr does not type-check. Run with RunDespiteErrors, the // want package:"constructs"
// analyzer must neither panic nor report what it cannot know; it still
// checks the constructions that are well typed.
package typeerr

type APIError struct {
	HTTPCode  int
	ErrorCode int
	Message   string
}

func NewError(httpCode, errorCode int, msg string) error { return nil }

func NewError(httpCode, errorCode int) error { return nil } // declared twice

const cyclic = cyclic + 1

const huge = 1 << 100

func (u *Undefined) Fail(httpCode, errorCode int) {}

// Wrap forwards its code; its body has a type error elsewhere.
func Wrap(code int) error { // want Wrap:"wrapper\\(status=400 code=arg0\\)"
	return NewError(400, code, undefinedMessage)
}

//errcodecheck:constructor status=s code=c
func Directed(s, c int, x Undefined) {} // want Directed:"constructor\\(status=arg0 code=arg1\\)"

var ErrShort = NewError(400, 40000001) // want ErrShort:"code\\(40000001\\)"

func f(u *Undefined, v undefinedType) {
	_ = NewError(400)
	_ = NewError()
	_ = NewError(400, 40100002, "", 1) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, undefinedCode, "")
	_ = NewError(400, cyclic, "")
	_ = NewError(400, huge, "")
	_ = NewError(1<<100, 40100002, "")
	_ = NewError("400", 40100002, "")
	_ = NewError(400, "40100002", "")
	_ = NewError(400, nil, "")
	_ = NewError(400, 40100002.5, "")
	_ = NewError(400, 40100002, 7) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, 40000002, "您填写的集群配置信息无法通过验证，请您确认相关集群配置")
	_ = undefinedFunc(400, 40100002)
	_ = u.Fail(400, 40100002)
	_ = v.Fail(400, 40100002)
	_ = NewError(400, 40100002, "")() // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = Undefined{HTTPCode: 400, ErrorCode: 40100002}
	_ = APIError{Bogus: 1, HTTPCode: 400, ErrorCode: 40100002} // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = APIError{400}
	_ = APIError{400, 40100002, "x", 5, 6} // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = APIError{400, ErrorCode: 40100002} // a mixture: the elements are not typed
	_ = APIError{(HTTPCode): 400, ErrorCode: 40100002}
	_ = APIError{HTTPCode: 400, HTTPCode: 401, ErrorCode: 40100002}
	_ = APIError{ErrorCode: 40000099.5}
	_ = []Undefined{{HTTPCode: 400, ErrorCode: 40100002}}
	_ = map[Undefined]APIError{{1}: {400, 40100002, ""}} // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = Wrap(40100002)           // want `error code 40100002 \(registered with 401\) used with Wrap, which fixes status 400`
	Directed(400, 40100002, nil) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	var x int = "s"
	_ = NewError(400, x, "")
}
