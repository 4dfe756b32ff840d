package de.dortmund.miadoki.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** IBANs checked by their check digits and length; names in the SEPA characters. */
class BankAccountsTest {

  @Test
  void acceptsIbansWithRightCheckDigitsHoweverTheyAreWritten() {
    assertThat(BankAccounts.isValidIban("DE89370400440532013000")).isTrue();
    assertThat(BankAccounts.isValidIban("de89 3704 0044 0532 0130 00")).isTrue();
    assertThat(BankAccounts.isValidIban("GB82 WEST 1234 5698 7654 32")).isTrue();
    assertThat(BankAccounts.isValidIban("NL91ABNA0417164300")).isTrue();
    assertThat(BankAccounts.isValidIban("AT611904300234573201")).isTrue();
  }

  @Test
  void refusesTypingErrorsWrongLengthsAndShapes() {
    // one digit changed, two digits swapped
    assertThat(BankAccounts.isValidIban("DE89370400440532013001")).isFalse();
    assertThat(BankAccounts.isValidIban("DE89370400440532031000")).isFalse();
    // a German IBAN has 22 characters: one missing or one too many
    assertThat(BankAccounts.isValidIban("DE8937040044053201300")).isFalse();
    assertThat(BankAccounts.isValidIban("DE893704004405320130000")).isFalse();
    assertThat(BankAccounts.isValidIban("3704004405320130")).isFalse();
    assertThat(BankAccounts.isValidIban("DE89-3704-0044-0532-0130-00")).isFalse();
    assertThat(BankAccounts.isValidIban("")).isFalse();
    assertThat(BankAccounts.isValidIban(null)).isFalse();
  }

  @Test
  void addsCheckDigitsToANationalAccountNumber() {
    assertThat(BankAccounts.iban("DE", "370400440532013000")).isEqualTo("DE89370400440532013000");
    assertThat(BankAccounts.iban("DE", "440501990000012345"))
        .satisfies(iban -> assertThat(BankAccounts.isValidIban(iban)).isTrue());
  }

  @Test
  void writesIbansInGroupsOfFour() {
    assertThat(BankAccounts.formatIban("de89370400440532013000"))
        .isEqualTo("DE89 3704 0044 0532 0130 00");
  }

  @Test
  void checksBics() {
    assertThat(BankAccounts.isValidBic("DORTDE33")).isTrue();
    assertThat(BankAccounts.isValidBic("DORTDE33XXX")).isTrue();
    assertThat(BankAccounts.isValidBic("DORTDE3")).isFalse();
    assertThat(BankAccounts.isValidBic("DORT DE33")).isFalse();
  }

  @Test
  void spellsNamesInTheSepaCharacters() {
    assertThat(BankAccounts.toSepaText("Nguyễn Thị Hoa")).isEqualTo("Nguyen Thi Hoa");
    assertThat(BankAccounts.toSepaText("Jürgen Weiß-Öztürk")).isEqualTo("Juergen Weiss-Oeztuerk");
    assertThat(BankAccounts.toSepaText("Şeyma Yılmaz")).isEqualTo("Seyma Yilmaz");
    assertThat(BankAccounts.toSepaText("Rojda Xelîl")).isEqualTo("Rojda Xelil");
    // other scripts cannot be spelled here: the person enters the name as the bank keeps it
    assertThat(BankAccounts.toSepaText("Олена Коваленко")).isEmpty();
    assertThat(BankAccounts.toSepaText("ليلى حداد")).isEmpty();
    assertThat(BankAccounts.isSepaText("Olena Kovalenko")).isTrue();
    assertThat(BankAccounts.isSepaText("Jürgen")).isFalse();
    assertThat(BankAccounts.isSepaText("A & B")).isFalse();
  }
}
