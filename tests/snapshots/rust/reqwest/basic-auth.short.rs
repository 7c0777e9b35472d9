let form = [
    ("grant_type", "client_credentials"),
];

let client = Client::new();
let response = client
    .post("https://{yourDomain}/oauth/token")
    .basic_auth("{clientId}", Some("{clientSecret}"))
    .form(&form)
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
