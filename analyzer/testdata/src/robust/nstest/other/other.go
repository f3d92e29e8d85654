// Package other belongs to no namespace: it may use any code symbol. // want package:"constructs"
package other

import "robust/nstest/platform/codes"

var _ = codes.ClusterConfigInvalid

func f() error { return codes.ErrResourceExists }
