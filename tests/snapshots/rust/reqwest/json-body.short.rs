let payload = r#"{
  "name": "Widget \"Deluxe\" it's 'quoted'",
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
}"#;

let client = Client::new();
let response = client
    .post("https://api.example.com/v1/widgets")
    .header("x-api-key", "{apiKey}")
    .header("Content-Type", "application/json")
    .body(payload)
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
