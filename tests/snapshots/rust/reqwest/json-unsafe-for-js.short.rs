let payload = r#"{
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
}"#;

let client = Client::new();
let response = client
    .post("https://api.example.com/ids")
    .header("Content-Type", "application/json")
    .body(payload)
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
