let file = File::open("{payloadPath}")?;

let client = Client::new();
let response = client
    .put("https://api.example.com/v1/blobs/42")
    .header("Content-Type", "application/octet-stream")
    .body(file)
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
