use std::error::Error;

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn Error>> {
    let payload = r#"{
      "ids": [
        1,
        2,
        3
      ]
    }"#;

    let client = Client::new();
    let response = client
        .delete("https://api.example.com/items")
        .header("Content-Type", "application/json")
        .body(payload)
        .send()?;

    println!("{}", response.status());
    println!("{}", response.text()?);
    Ok(())
}
