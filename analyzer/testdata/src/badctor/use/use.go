package use

import "badctor/lib"

var _ = lib.New(400, 1)
