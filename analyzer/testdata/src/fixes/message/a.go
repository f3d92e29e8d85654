package message // want package:"constructs"

import "net/http"

type APIError struct {
	HTTPCode  int
	ErrorCode int
	Message   string
}

const wrongText = "您没有权限，所以操作被禁止"

func f() {
	_ = APIError{HTTPCode: http.StatusForbidden, ErrorCode: 40300002, Message: wrongText} // want `message "您没有权限，所以操作被禁止" is the name of error code 40300001 in namespace platform, not of error code 40300002 in namespace platform`
	_ = APIError{HTTPCode: http.StatusBadRequest, ErrorCode: 40000002, Message: "密码错误"}  // want `message "密码错误" is the name of error code 40000003 in namespace user, not of error code 40000002$`
	_ = APIError{HTTPCode: http.StatusBadRequest, ErrorCode: 40000002, Message: "密码长度小于6位"}
	_ = APIError{HTTPCode: http.StatusBadRequest, ErrorCode: 40000017, Message: "无法解析cookie中的配置信息"}
	_ = APIError{HTTPCode: http.StatusBadRequest, ErrorCode: 40000017, Message: "free text is fine"}
}
