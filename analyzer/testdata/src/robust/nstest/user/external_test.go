package user_test // want package:"constructs"

import (
	"testing"

	"robust/nstest/platform/codes"
	"robust/nstest/user"
)

func TestExternal(t *testing.T) {
	_ = user.NewError(400, 40000008, "")                   // want `error code 40000008 is not registered in namespace user \(it is registered in platform\)`
	_ = user.NewError(400, codes.ClusterConfigInvalid, "") // want `codes.ClusterConfigInvalid is error code 40000002 of namespace platform, used in a package of namespace user`
	_ = user.NewError(400, 40000001, "注册用户名已存在")
}
