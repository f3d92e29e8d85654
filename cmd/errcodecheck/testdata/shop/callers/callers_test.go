package callers

import (
	"testing"

	"example.com/shop/heur"
)

func TestCallers(t *testing.T) {
	if heur.NewError(500, 40400001, "") == nil {
		t.Fatal("nil")
	}
}
