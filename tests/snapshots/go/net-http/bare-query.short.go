req, err := http.NewRequest(http.MethodDelete, "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose", nil)
if err != nil {
	log.Fatal(err)
}

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
