// Package messages belongs to no namespace: a message matches when it is // want package:"constructs"
// the name of any entry registering the code.
package messages

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f(msg string) {
	_ = NewError(400, 40000002, "密码长度小于6位")
	_ = NewError(400, 40000002, "您填写的集群配置信息无法通过验证，请您确认相关集群配置")
	_ = NewError(400, 40000002, "free text is not compared")
	_ = NewError(400, 40000002, "")
	_ = NewError(400, 40000002, msg)
	_ = NewError(400, 40000004, "密码错误")             // want `message "密码错误" is the name of error code 40000003 in namespace user, not of error code 40000004$`
	_ = NewError(400, 40000019, "无法解析cookie中的配置信息") // want `message "无法解析cookie中的配置信息" is the name of error code 40000016 in namespace platform, not of error code 40000019 in namespace platform`
	_ = NewError(400, 40000016, "无法解析cookie中的配置信息")
	_ = NewError(400, 40000017, "无法解析cookie中的配置信息")
	_ = NewError(400, 40000099, "密码错误") // want `error code 40000099 is not registered in the catalog`
}
