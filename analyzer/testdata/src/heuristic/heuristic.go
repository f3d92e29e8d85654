package heuristic // want package:"constructs"

import "net/http"

type APIError struct {
	HTTPCode  int
	ErrorCode int
	Message   string
}

func NewError(httpCode, errorCode int, msg string) *APIError { // want NewError:"wrapper\\(status=arg0 code=arg1 message=arg2\\)"
	return &APIError{HTTPCode: httpCode, ErrorCode: errorCode, Message: msg}
}

func good() {
	_ = NewError(400, 40000001, "注册用户名已存在")
	_ = NewError(http.StatusUnauthorized, 40100002, "")
	_ = APIError{HTTPCode: 404, ErrorCode: 40400001}
}

func bad() {
	_ = NewError(400, 40100002, "")                // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, 40000099, "")                // want `error code 40000099 is not registered in the catalog`
	_ = &APIError{HTTPCode: 500, ErrorCode: 40400001} // want `status 500 does not match error code 40400001 \(registered with 404\)`
}
