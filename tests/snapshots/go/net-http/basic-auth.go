package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
)

func main() {
	// url.Values.Encode would sort the fields; joining keeps the spec's order.
	payload := strings.Join([]string{
		"grant_type=" + url.QueryEscape("client_credentials"),
	}, "&")

	req, err := http.NewRequest(http.MethodPost, "https://{yourDomain}/oauth/token", strings.NewReader(payload))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth("{clientId}", "{clientSecret}")

	res, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()

	resBody, err := io.ReadAll(res.Body)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Status)
	fmt.Println(string(resBody))
}
