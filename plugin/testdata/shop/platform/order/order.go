// Package order is in namespace platform; it holds the planted mistakes.
package order

import (
	"net/http"

	"example.com/shop/apierr"
	"example.com/shop/platform/perr"
	"example.com/shop/user"
)

// Find looks an order up.
func Find(id string) error {
	switch id {
	case "":
		return apierr.New(http.StatusBadRequest, 40100002, "您的登录信息无效，请重新登录") // want `^status-mismatch: status 400 does not match error code 40100002 \(registered with 401\)$`
	case "unknown":
		return apierr.New(http.StatusBadRequest, 40000099, "bad id") // want `^unknown-code: error code 40000099 is not registered in namespace platform\b`
	case "silenced":
		return apierr.New(http.StatusBadRequest, 40000098, "bad id") //nolint:errcodecheck // silenced: `^unknown-code: error code 40000098 is not registered in namespace platform\b`
	case "ignored":
		//errcodecheck:ignore planted, to show that the analyzer's own directive works under golangci-lint
		return apierr.New(http.StatusBadRequest, 40000097, "bad id")
	case "wrapper":
		return perr.BadRequest(40100001, "您没有登录,请登录") // want `^status-mismatch: error code 40100001 \(registered with 401\) used with BadRequest, which fixes status 400$`
	case "message":
		return apierr.New(http.StatusBadRequest, 40000002, "密码长度小于6位") // want `^message-mismatch: message "密码长度小于6位" is the name of error code 40000002 in namespace user, not of error code 40000002 in namespace platform$`
	case "user-var":
		return user.ErrNameTaken // want `^namespace: user\.ErrNameTaken is error code 40000001 of namespace user, used in a package of namespace platform$`
	case "two":
		// Two findings on one line: both shown with uniq-by-line: false.
		return apierr.New(http.StatusBadRequest, 40100002, "密码长度小于6位") // want `^status-mismatch: status 400 does not match error code 40100002` `^message-mismatch: message "密码长度小于6位" is the name of error code 40000002 in namespace user`
	case "excluded":
		// Left out by the exclusion rule on "^unknown-code: " in .golangci.yml.
		return apierr.New(http.StatusBadRequest, 40000096, "excluded")
	case "user-const":
		return apierr.New(http.StatusBadRequest, user.CodePasswordTooShort, "bad password") // want `^namespace: user\.CodePasswordTooShort is error code 40000002 of namespace user, used in a package of namespace platform$`
	}
	return apierr.New(http.StatusNotFound, 40400001, "您查看的资源或者相关联的资源不存在，请重新确认")
}
