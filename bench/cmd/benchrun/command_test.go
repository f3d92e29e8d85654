package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandComparison runs "benchrun cmd" as a user does, on a tiny
// generated corpus: it builds the commands, runs them and reports every
// command with the verdicts, errcodecheck's findings counted.
func TestCommandComparison(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three commands and runs them: not in -short")
	}
	dir := t.TempDir()
	report := filepath.Join(dir, "report.md")
	args := []string{"-reps", "1", "-targets", "half", "-packages", "24", "-constructions", "240",
		"-tools", "factsfloor,errcodecheck,noopfacts", "-cache", filepath.Join(dir, "cache"),
		"-bin", filepath.Join(dir, "bin"), "-o", report}
	if status := commandMain(args); status != 0 {
		t.Fatalf("benchrun cmd %s: exit %d", strings.Join(args, " "), status)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{
		"| half | factsfloor |", "| half | errcodecheck |", "| half | noopfacts |",
		"| half: errcodecheck wall within 1.05x of factsfloor |",
		"| half: errcodecheck peak RSS within 1.05x of factsfloor |",
		"| half | 1 | errcodecheck |",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	// The corpus plants mistakes: errcodecheck must have found some (exit
	// 3, output lines), the floor none.
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "| half | 1 | errcodecheck |") && !strings.Contains(line, "| 3 |") {
			t.Errorf("errcodecheck's run did not exit 3 (findings): %s", line)
		}
		if strings.HasPrefix(line, "| half | factsfloor |") && !strings.Contains(line, "| 0 |") {
			t.Errorf("factsfloor printed output: %s", line)
		}
	}
}

// TestCommandFlags: a comparison without its baseline, or with a command
// it does not know, fails before building anything.
func TestCommandFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-tools", "errcodecheck"},
		{"-tools", "factsfloor,nosuchtool"},
	} {
		if status := commandMain(args); status == 0 {
			t.Errorf("benchrun cmd %s: exit 0, want a failure", strings.Join(args, " "))
		}
	}
}
