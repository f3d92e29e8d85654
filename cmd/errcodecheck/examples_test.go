package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExamples runs the README's first command, "cd examples && go tool
// errcodecheck ./...", and checks that it reports exactly the mistakes
// planted in the example shop, with the embedded catalog.
func TestExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the examples module's tool")
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	r := command(t, dir, goTool(), "tool", "errcodecheck", "./...")
	if r.code != 3 {
		t.Fatalf("want exit status 3 (findings), got %v", r)
	}
	got := strings.Split(strings.TrimSpace(r.stderr), "\n")
	want := []string{
		"platform/cluster/cluster.go:16:37: usercode.NameTaken is error code 40000001 of namespace user, used in a package of namespace platform (namespace)",
		"platform/cluster/cluster.go:25:21: status 400 does not match error code 40400001 (registered with 404) (status-mismatch)",
		"platform/cluster/cluster.go:29:66: error code 40400009 is not registered in namespace platform; did you mean 40400001 or 40400002 or 40400003? (unknown-code)",
		`platform/cluster/cluster.go:38:38: message "密码长度小于6位" is the name of error code 40000002 in namespace user, not of error code 40000002 in namespace platform (message-mismatch)`,
		"user/account/account.go:18:46: error code 40100002 is not registered in namespace user (it is registered in platform); did you mean 40000002? (unknown-code)",
		"user/account/account.go:27:30: error code 40000003 (registered with 400) used with Unauthorized, which fixes status 401 (status-mismatch)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
