// url.Values.Encode would sort the fields; joining keeps the spec's order.
payload := strings.Join([]string{
	"scope=" + url.QueryEscape("read"),
	"scope=" + url.QueryEscape("write & delete"),
	"note=" + url.QueryEscape("a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"),
}, "&")

req, err := http.NewRequest(http.MethodPost, "https://api.example.com/form", strings.NewReader(payload))
if err != nil {
	log.Fatal(err)
}
req.Header.Set("Content-Type", "application/x-www-form-urlencoded")

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
