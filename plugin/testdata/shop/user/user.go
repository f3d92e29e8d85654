// Package user is in namespace user.
package user

import (
	"net/http"

	"example.com/shop/apierr"
)

// ErrNameTaken is a code symbol of namespace user.
var ErrNameTaken = apierr.New(http.StatusBadRequest, 40000001, "注册用户名已存在")

// CodePasswordTooShort is a code symbol of namespace user.
const CodePasswordTooShort = 40000002

// Register registers a user.
func Register(name, password string) error {
	switch {
	case name == "":
		return apierr.New(http.StatusBadRequest, 40000006, "empty name") // want `^unknown-code: error code 40000006 is not registered in namespace user \(it is registered in platform\)`
	case len(password) < 6:
		return apierr.New(http.StatusBadRequest, CodePasswordTooShort, "密码长度小于6位")
	}
	return nil
}
