// Package heuristic2 holds the constructor shapes real services use, // want package:"constructs"
// found with no config by their parameter and field names, beside shapes
// that look alike and are not HTTP errors.
package heuristic2

type Code int

// Constructors by names.

func NewVariadic(code uint32, msg string, httpCode ...int) error { return nil }

func Fail(status int, code Code, msg string) error { return nil }

func Biz(httpStatus int, bizCode int64) error { return nil }

func Errno(statusCode uint16, errno int) error { return nil }

func Ret(HTTPStatus int, retCode int32) error { return nil }

func Business(httpCode int, businessCode uint) error { return nil }

func ErrCode(httpStatusCode int, errCode int, errMsg string) error { return nil }

type BizError struct {
	HTTPStatus int
	BizCode    int
	Msg        string
}

type Resp struct {
	StatusCode int
	Code       uint32
	Message    string
}

// Look-alikes: no status name, no code name, no integer, or a field
// named just Status.

func Lone(code int, msg string) error { return nil }

func StatusOnly(status int) error { return nil }

func TextStatus(status string, code int) error { return nil }

func TwoCodes(code, errno int) error { return nil }

func BoolCode(status int, code bool) error { return nil }

type Reply struct {
	Status int
	Code   int
}

func calls(codes []int) {
	_ = NewVariadic(40100002, "")                       // no status: nothing to check
	_ = NewVariadic(40199999, "")                       // want `error code 40199999 is not registered`
	_ = NewVariadic(40100002, "", 400)                  // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewVariadic(40100002, "", 401)
	_ = NewVariadic(40100002, "", codes...)             // a spread: no constant status
	_ = Fail(400, 40100002, "")                         // want `status 400 does not match error code 40100002`
	_ = Biz(400, 40100002)                              // want `status 400 does not match error code 40100002`
	_ = Errno(400, 40100002)                            // want `status 400 does not match error code 40100002`
	_ = Ret(400, 40100002)                              // want `status 400 does not match error code 40100002`
	_ = Business(400, 40100002)                         // want `status 400 does not match error code 40100002`
	_ = ErrCode(400, 40100002, "")                      // want `status 400 does not match error code 40100002`
	_ = BizError{HTTPStatus: 400, BizCode: 40100002}    // want `status 400 does not match error code 40100002`
	_ = Resp{StatusCode: 400, Code: 40100002}           // want `status 400 does not match error code 40100002`
	_ = Resp{StatusCode: 401, Code: 40100002, Message: ""}

	_ = Lone(40199999, "")
	_ = StatusOnly(400)
	_ = TextStatus("400", 40199999)
	_ = TwoCodes(400, 40199999)
	_ = BoolCode(400, true)
	_ = Reply{Status: 400, Code: 40199999}
}
