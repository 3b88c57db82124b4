// Command contractcheck reads `parley extract` output on standard input and
// checks every line against the extract contract; it prints the first
// violation of each bad line and exits non-zero if any line is bad.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/parley-news/parley/internal/contract"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	n, bad := 0, 0
	for sc.Scan() {
		n++
		if err := contract.Check(sc.Bytes()); err != nil {
			bad++
			fmt.Fprintf(os.Stderr, "line %d: %v\n", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "contractcheck:", err)
		os.Exit(1)
	}
	if n == 0 {
		fmt.Fprintln(os.Stderr, "contractcheck: no documents on standard input")
		os.Exit(1)
	}
	fmt.Printf("contractcheck: %d documents, %d bad\n", n, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
