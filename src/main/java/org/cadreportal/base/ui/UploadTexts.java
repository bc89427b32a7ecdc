package org.cadreportal.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Gives every upload field the portal's wording instead of the component's built-in English. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add"))
                .setMany(upload.getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop"))
                .setMany(upload.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(upload.getTranslation("upload.tooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.wrongType"))
                .setTooManyFiles(upload.getTranslation("upload.tooMany")));
        upload.setI18n(i18n);
    }
}
