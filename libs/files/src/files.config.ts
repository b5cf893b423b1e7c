import { IsBooleanString, IsIn, IsOptional, IsString, IsUrl, MinLength } from 'class-validator';
import { IntSetting, type ConfigSlice } from '#core';

/** The files context's environment variables (README lists them with the others). */
export class FilesConfig implements ConfigSlice {
  /** Where uploaded files (specifications, drawings, certificates, pitch decks, licences) are kept. */
  @IsIn(['local', 's3'])
  FILES_STORAGE: 'local' | 's3' = 'local';

  /** The folder of FILES_STORAGE=local, created on first upload; relative paths start at the working directory. */
  @IsString()
  @MinLength(1)
  FILES_DIR = 'data/files';

  /** Largest file accepted, in MB; a larger upload is refused with 413 and nothing stored. */
  @IntSetting(1, 1024)
  FILES_MAX_SIZE_MB = 20;

  /** Files one posting (or one organization's licence list) may hold, and so one upload may carry. */
  @IntSetting(1, 100)
  FILES_MAX_PER_OWNER = 10;

  /** The S3-compatible endpoint of FILES_STORAGE=s3 (AWS, MinIO, OSS, COS…); unset means AWS itself. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  S3_ENDPOINT?: string;

  @IsString()
  @MinLength(1)
  S3_REGION = 'us-east-1';

  /** Required when FILES_STORAGE=s3. */
  @IsOptional()
  @IsString()
  @MinLength(3)
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style addresses (endpoint/bucket/key), which MinIO and most self-hosted servers need. */
  @IsBooleanString()
  S3_FORCE_PATH_STYLE = 'true';

  problems(): string[] {
    return this.FILES_STORAGE === 's3' && !this.S3_BUCKET
      ? ['S3_BUCKET must be set when FILES_STORAGE=s3']
      : [];
  }
}
