payload := `{
  "ids": [
    1,
    2,
    3
  ]
}`

req, err := http.NewRequest(http.MethodDelete, "https://api.example.com/items", strings.NewReader(payload))
if err != nil {
	log.Fatal(err)
}
req.Header.Set("Content-Type", "application/json")

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
