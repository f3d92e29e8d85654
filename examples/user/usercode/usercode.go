// Package usercode holds the user service's error codes.
package usercode

import "example.com/shop/apierr"

// Codes of namespace user.
const (
	NameTaken     = 40000001 // 注册用户名已存在
	PasswordShort = 40000002 // 密码长度小于6位
	WrongPassword = 40000003 // 密码错误
)

// ErrUnknownDB is a code symbol too: a variable built with a constant code.
var ErrUnknownDB = apierr.New(500, 50000002, "未知数据库错误")
