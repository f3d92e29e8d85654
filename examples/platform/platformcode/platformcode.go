// Package platformcode holds the platform's error codes.
package platformcode

// Codes of namespace platform.
const (
	InvalidRequest = 40000001 // 您发送的请求参数或格式不符合要求
	ResourceExists = 40000003 // 您创建的资源已经存在
	NotLoggedIn    = 40100001 // 您没有登录,请登录
	NotFound       = 40400001 // 您查看的资源或者相关联的资源不存在
)
