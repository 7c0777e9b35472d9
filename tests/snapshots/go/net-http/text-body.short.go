payload := "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"

req, err := http.NewRequest(http.MethodPut, "https://api.example.com/notes/1", strings.NewReader(payload))
if err != nil {
	log.Fatal(err)
}
req.Header.Set("Content-Type", "text/plain; charset=utf-8")

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
