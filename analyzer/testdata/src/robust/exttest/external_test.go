package exttest_test // want package:"constructs"

import (
	"testing"

	"robust/exttest"
)

func TestExternal(t *testing.T) {
	_ = exttest.NewError(400, 40100005, "") // want `status 400 does not match error code 40100005 \(registered with 401\)`
	_ = exttest.BadRequest(40300002)        // want `error code 40300002 \(registered with 403\) used with BadRequest, which fixes status 400`
	_ = exttest.BadRequest(40000001)
}
