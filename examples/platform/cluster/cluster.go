// Package cluster is the platform's cluster API.
package cluster

import (
	"net/http"

	"example.com/shop/apierr"
	"example.com/shop/platform/platformcode"
	"example.com/shop/user/usercode"
)

// Create creates a cluster.
func Create(name string, exists bool) error {
	if exists {
		// Mistake: a user-service code symbol in a platform package.
		return apierr.BadRequest(usercode.NameTaken, "")
	}
	return nil
}

// Get looks a cluster up.
func Get(name string) error {
	if name == "" {
		// Mistake: 404 is right for 40400001, not 400.
		return apierr.New(http.StatusBadRequest, platformcode.NotFound, "")
	}
	if name == "legacy" {
		// Mistake: 40400009 is not registered (typo of 40400001?).
		return &apierr.Error{HTTPCode: http.StatusNotFound, ErrorCode: 40400009}
	}
	return nil
}

// Validate checks a cluster config.
func Validate(ok bool) error {
	if !ok {
		// Mistake: the user service's text for 40000002.
		return apierr.BadRequest(40000002, "密码长度小于6位")
	}
	return apierr.New(http.StatusBadRequest, platformcode.InvalidRequest, "您发送的请求参数或格式不符合要求，请您确认相关请求接口的规范")
}
