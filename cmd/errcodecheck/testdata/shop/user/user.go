// Package user is in the user namespace.
package user

import "example.com/shop/apierr"

// ErrUserExists is a code of the user namespace.
const ErrUserExists = 40000001

// Register fails the way the catalog says.
func Register() error {
	return apierr.New(400, ErrUserExists, "注册用户名已存在")
}
