# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=POST \
  --header='x-api-key: {apiKey}' \
  --header='Content-Type: application/json' \
  --body-data='{
  "name": "Widget \"Deluxe\" it'\''s '\''quoted'\''",
  "path": "C:\\temp\\new",
  "shell": "$HOME #{x} ${y} `z`",
  "note": "line one\nline two\ttabbed",
  "unicode": "café 中文 😀 \u202e\u200b",
  "counts": [
    1,
    -2,
    1.5,
    1.0,
    12345678901234567890,
    0
  ],
  "flags": [
    true,
    false,
    null
  ],
  "empty": {
    "object": {},
    "list": []
  }
}' \
  https://api.example.com/v1/widgets || [ $? -eq 8 ]
