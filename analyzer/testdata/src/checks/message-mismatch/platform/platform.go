package platform // want package:"constructs"

// Package platform is a package of namespace platform.

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40000002, "密码长度小于6位") // want `message "密码长度小于6位" is the name of error code 40000002 in namespace user, not of error code 40000002 in namespace platform`
	_ = NewError(400, 40000002, "您填写的集群配置信息无法通过验证，请您确认相关集群配置")
	_ = NewError(400, 40000002, "free text")

	// Other checks' findings: not reported when only message-mismatch runs.
	_ = NewError(401, 40000002, "")
	_ = NewError(400, 40000099, "")
}
