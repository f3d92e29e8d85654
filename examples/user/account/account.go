// Package account is the user service's account handlers.
package account

import (
	"net/http"

	"example.com/shop/apierr"
	"example.com/shop/user/usercode"
)

// Register checks a new account.
func Register(name, password string, exists bool) error {
	if exists {
		return apierr.BadRequest(usercode.NameTaken, "注册用户名已存在")
	}
	if len(password) < 6 {
		// Mistake: 40100002 is not a user-service code.
		return apierr.New(http.StatusUnauthorized, 40100002, "密码长度小于6位")
	}
	return nil
}

// Login checks a password.
func Login(ok bool) error {
	if !ok {
		// Mistake: the wrapper fixes 401, but 40000003 is registered with 400.
		return apierr.Unauthorized(usercode.WrongPassword, "密码错误")
	}
	return nil
}
