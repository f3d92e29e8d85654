package user

import (
	"testing"

	"robust/nstest/platform/codes"
)

func TestInternal(t *testing.T) {
	_ = NewError(400, 40000007, "") // want `error code 40000007 is not registered in namespace user \(it is registered in platform\)`
	_ = codes.ErrResourceExists     // want `codes.ErrResourceExists is error code 40000003 of namespace platform, used in a package of namespace user`
}
