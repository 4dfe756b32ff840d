package de.dortmund.miadoki.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserNamesTest {

  @Test
  void suggestsPlainLatinNamesFromTheCitysNames() {
    assertThat(UserNames.suggest("Aydın", "Şahin")).isEqualTo("aydin.sahin");
    assertThat(UserNames.suggest("Nguyễn Thu", "Trang")).isEqualTo("nguyen.thu.trang");
    assertThat(UserNames.suggest("Jürgen", "Große-Weß")).isEqualTo("juergen.grosse.wess");
    assertThat(UserNames.suggest("Rojîn", "Xelîl")).isEqualTo("rojin.xelil");
    assertThat(UserNames.suggest("Đặng", "Văn Đức")).isEqualTo("dang.van.duc");
    assertThat(UserNames.suggest("Олена", "Коваленко")).isEqualTo("olena.kovalenko");
    assertThat(UserNames.suggest("Юрій", "Щербак")).isEqualTo("iurii.shcherbak");
  }

  @Test
  void leavesTheChoiceToTheInviterWhenTheNameHasNoLatinLetters() {
    assertThat(UserNames.suggest("فاطمة", "")).isEmpty();
    assertThat(UserNames.suggest("فاطمة", "Haddad")).isEqualTo("haddad");
  }
}
