let payload = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n";

let client = Client::new();
let response = client
    .put("https://api.example.com/notes/1")
    .header("Content-Type", "text/plain; charset=utf-8")
    .body(payload)
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
