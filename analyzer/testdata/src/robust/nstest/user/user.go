// Package user belongs to namespace user. // want package:"constructs"
package user

import "robust/nstest/platform/codes"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func notSymbols() {
	_ = codes.Name
	_ = codes.Huge >> 10
	_ = codes.Ratio
	var k codes.Kind
	_ = k
	_ = codes.NewError
}

func messages() {
	_ = NewError(400, 40000002, "您填写的集群配置信息无法通过验证，请您确认相关集群配置") // want `message ".*" is the name of error code 40000002 in namespace platform, not of error code 40000002 in namespace user`
	_ = NewError(400, 40000002, "密码长度小于6位")
	_ = NewError(500, 50000002, "服务器发生未知错，请联系管理员处理") // want `message "服务器发生未知错，请联系管理员处理" is the name of error code 50000001 in namespace user, not of error code 50000002 in namespace user`
	_ = NewError(400, 40000099, "密码错误")              // want `error code 40000099 is not registered in namespace user`
}

func f() {
	_ = NewError(400, 40000006, "") // want `error code 40000006 is not registered in namespace user \(it is registered in platform\)`
	_ = codes.ClusterConfigInvalid  // want `codes.ClusterConfigInvalid is error code 40000002 of namespace platform, used in a package of namespace user`
}
