package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
	"path/filepath"
)

func main() {
	var payload bytes.Buffer
	form := multipart.NewWriter(&payload)
	// CreateFormFile would always say application/octet-stream; CreatePart takes the part's own type.
	addFile := func(name, filename, contentType, path string) {
		header := make(textproto.MIMEHeader)
		header.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, name, filename))
		header.Set("Content-Type", contentType)
		part, err := form.CreatePart(header)
		if err != nil {
			log.Fatal(err)
		}
		file, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		defer file.Close()
		if _, err := io.Copy(part, file); err != nil {
			log.Fatal(err)
		}
	}
	if err := form.WriteField("description", "Q3 report; it's \"final\", 100% & done\nsecond line é"); err != nil {
		log.Fatal(err)
	}
	addFile("report", "report.pdf", "application/pdf", "{reportPath}")
	addFile("logo", filepath.Base("{logoPath}"), "application/octet-stream", "{logoPath}")
	if err := form.WriteField("note", ""); err != nil {
		log.Fatal(err)
	}
	if err := form.Close(); err != nil {
		log.Fatal(err)
	}

	req, err := http.NewRequest(http.MethodPost, "https://api.example.com/v1/upload?dryRun", &payload)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("accept", "application/json")
	req.Header.Set("Content-Type", form.FormDataContentType())

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
